// Renderer entry: mounts the app with the theme and the hash router (hash routes work from file:// in Electron).
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { theme } from './ui/theme';
import { provideAppDocumentFonts } from './ui/document-fonts';
import { App } from './App';

provideAppDocumentFonts();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to mount Complaints Desk in');

createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <HashRouter>
        <App />
      </HashRouter>
    </ThemeProvider>
  </StrictMode>,
);
