// One action's button: opens its form when the policy allows it, or the policy's reasons when it does not.
import { Button } from '@mui/material';
import LockOutlined from '@mui/icons-material/LockOutlined';
import type { AllowedAction } from '../../../shared/policy';
import { useCaseWork } from '../../ui/case-form/case-work';

export interface ActionButtonProps {
  action: AllowedAction;
  /** The main step forward: a filled button. */
  primary?: boolean;
  /** Visually hidden text saying what a refused button does, for aria-describedby. */
  refusedHintId: string;
}

export function ActionButton({ action, primary = false, refusedHintId }: ActionButtonProps) {
  const { open } = useCaseWork();
  const refused = !action.allowed;
  return (
    <Button
      size="small"
      variant={!refused && primary ? 'contained' : 'outlined'}
      color={refused ? 'inherit' : 'primary'}
      startIcon={refused ? <LockOutlined aria-hidden /> : undefined}
      aria-describedby={refused ? refusedHintId : undefined}
      aria-haspopup="dialog"
      onClick={() => open({ type: action.type })}
      sx={refused ? { color: 'text.secondary', borderStyle: 'dashed' } : undefined}
    >
      {action.label}
    </Button>
  );
}
