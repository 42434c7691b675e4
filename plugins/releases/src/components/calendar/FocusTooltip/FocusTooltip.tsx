import Tooltip from '@material-ui/core/Tooltip';
import {
  cloneElement,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';

interface ChildHandlers {
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * A Material tooltip that opens on hover and on any focus, and closes on Escape or blur. Material's own
 * opens on focus only when it guesses the focus came from a keyboard, which the calendar's
 * elements (drawn by the library, focused by Tab or by script) cannot rely on.
 */
export function FocusTooltip(props: {
  title: NonNullable<ReactNode>;
  children: ReactElement<ChildHandlers>;
  /** Pressing the element shows the tooltip (tapping elsewhere hides it): the way in on touch screens. */
  openOnClick?: boolean;
}) {
  const { title, children, openOnClick } = props;
  const [open, setOpen] = useState(false);
  const handlers = children.props;
  return (
    <Tooltip
      title={title}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
    >
      {cloneElement(children, {
        onClick: (event: MouseEvent<HTMLElement>) => {
          if (openOnClick) setOpen(true);
          handlers.onClick?.(event);
        },
        onFocus: (event: FocusEvent<HTMLElement>) => {
          setOpen(true);
          handlers.onFocus?.(event);
        },
        onBlur: (event: FocusEvent<HTMLElement>) => {
          setOpen(false);
          handlers.onBlur?.(event);
        },
        onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
          if (event.key === 'Escape') setOpen(false);
          handlers.onKeyDown?.(event);
        },
      })}
    </Tooltip>
  );
}
