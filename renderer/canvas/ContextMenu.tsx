// The canvas's right-click menu: the same Actions as the toolbar and the application menu, greyed
// out where their predicate says they cannot run now.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DESIGN_MENU } from '../actions/design-actions';
import { CONTEXT_MENU } from '../actions/registry';
import { useDesign } from './design/design-store';
import { runAction } from '../actions/run';
import { useMessages } from '../i18n/useMessages';

export function ContextMenu({ x, y, onClose }: { x: number; y: number; onClose: () => void }) {
  const messages = useMessages();
  const items = useDesign.getState().active ? DESIGN_MENU : CONTEXT_MENU;
  // A long menu (layout mode's) opened low on the canvas opens upwards, so all of it shows.
  const list = useRef<HTMLUListElement>(null);
  const [top, setTop] = useState(y);
  useLayoutEffect(() => {
    const menu = list.current;
    const room = menu?.offsetParent?.clientHeight ?? Infinity;
    setTop(menu && y + menu.offsetHeight > room ? Math.max(0, room - menu.offsetHeight - 4) : y);
  }, [y]);
  useEffect(() => {
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      onClose();
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', close);
    };
  }, [onClose]);
  return (
    <ul className="context-menu" role="menu" data-testid="context-menu" ref={list} style={{ left: x, top }} onPointerDown={(e) => e.stopPropagation()}>
      {items.map((action, i) =>
        action === 'separator' ? <li key={i} className="separator" role="separator" /> : (
          <li key={action.name} role="menuitem" data-action={action.name} aria-disabled={!(action.predicate?.() ?? true)}
            onClick={() => {
              if (!(action.predicate?.() ?? true)) return;
              onClose();
              void runAction(action);
            }}>
            <span>{action.label(messages)}</span>
            {action.shortcut && <kbd>{action.shortcut}</kbd>}
          </li>
        ),
      )}
    </ul>
  );
}
