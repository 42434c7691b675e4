import Tooltip from '@material-ui/core/Tooltip';
import type { ReactElement } from 'react';

/**
 * Says why a control is disabled. A disabled button takes no focus or hover, so the tooltip sits on
 * a focusable wrapper: keyboard users reach it with Tab and hear the reason as its label.
 */
export function DisabledReason(props: {
  reason?: string;
  children: ReactElement;
}) {
  const { reason, children } = props;
  if (!reason) return children;
  return (
    <Tooltip title={reason}>
      <span
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        aria-label={reason}
        style={{ display: 'inline-block' }}
      >
        {children}
      </span>
    </Tooltip>
  );
}
