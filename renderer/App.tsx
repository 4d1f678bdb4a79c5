// The application frame: top bar with navigation and the routes to each screen.
import { AppBar, Box, Button, Container, Toolbar, Typography } from '@mui/material';
import { Link as RouterLink, Route, Routes } from 'react-router';
import { CaseListScreen } from './features/cases/CaseListScreen';
import { NewComplaintScreen } from './features/intake/NewComplaintScreen';
import { CasePageScreen } from './features/case-page/CasePageScreen';

export function App() {
  return (
    <Box sx={{ minHeight: '100vh' }}>
      <AppBar position="static" component="header">
        <Toolbar component="nav" aria-label="Main">
          <Typography variant="h6" component="span" sx={{ flexGrow: 1 }}>
            Complaints Desk
          </Typography>
          <Button color="inherit" component={RouterLink} to="/">
            Cases
          </Button>
          <Button color="inherit" component={RouterLink} to="/new" variant="outlined" sx={{ ml: 1 }}>
            New complaint
          </Button>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="lg" sx={{ py: 3 }}>
        <Routes>
          <Route path="/" element={<CaseListScreen />} />
          <Route path="/new" element={<NewComplaintScreen />} />
          <Route path="/cases/:caseId" element={<CasePageScreen />} />
        </Routes>
      </Container>
    </Box>
  );
}
