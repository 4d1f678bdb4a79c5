// "Skip to main content": the first thing Tab reaches, hidden until focused; moves focus without changing the route.
import type { MouseEvent } from 'react';
import { Link } from '@mui/material';

export const MAIN_CONTENT_ID = 'main-content';

export function SkipLink() {
  // The hash router owns location.hash, so focus the target by hand instead of following the link.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };
  return (
    <Link
      href={`#${MAIN_CONTENT_ID}`}
      onClick={skip}
      sx={{
        position: 'absolute',
        left: 8,
        top: -64,
        zIndex: (theme) => theme.zIndex.tooltip + 1,
        bgcolor: 'background.paper',
        color: 'primary.main',
        px: 2,
        py: 1,
        borderRadius: 1,
        boxShadow: 3,
        '&:focus': { top: 8 },
      }}
    >
      Skip to main content
    </Link>
  );
}
