// Renderer entry: mounts the app with the theme and the hash router (hash routes work from file:// in Electron).
import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { DateLocalization } from './ui/DateLocalization';
import { theme } from './ui/theme';
import { provideAppDocumentFonts } from './ui/document-fonts';
import { App } from './App';

provideAppDocumentFonts();

import { db } from './store/desk';
import { readJoinedServer } from './store/sync/joined';

// A desk joined to an office server starts its sync before anything can be written; any other desk loads none of it.
const joined = readJoinedServer();
if (joined) (await import('./store/sync/start')).startSync(db, joined);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to mount Complaints Desk in');

createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <DateLocalization>
        <HashRouter>
          <App />
        </HashRouter>
      </DateLocalization>
    </ThemeProvider>
  </StrictMode>,
);
