// The canvas's layout bar: the 布置 switch, and in layout mode the element commands (the same
// Actions as the shortcuts and the right-click menu), greyed out where they cannot run.
import { useShallow } from 'zustand/react/shallow';
import { ALIGN_ACTIONS, copyElementsAction, deleteElementsAction, DISTRIBUTE_ACTIONS, duplicateElementsAction, layoutModeAction, pasteElementsAction, snapAction } from '../../actions/design-actions';
import type { Action } from '../../actions/action';
import { runAction } from '../../actions/run';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { useDesign } from './design-store';
import './design.css';

const COMMANDS: (Action | 'gap')[] = [
  duplicateElementsAction, copyElementsAction, pasteElementsAction, deleteElementsAction, 'gap', ...ALIGN_ACTIONS, 'gap', ...DISTRIBUTE_ACTIONS,
];

function Command({ action, on, hint }: { action: Action; on?: boolean; hint?: string }) {
  const messages = useMessages();
  // Re-rendered when the selection, clipboard or document changes (the parent subscribes to them).
  const enabled = action.predicate?.() ?? true;
  const label = action.label(messages);
  return (
    <button type="button" data-action={action.name} disabled={!enabled} aria-pressed={on} title={hint ?? (action.shortcut ? `${label} (${action.shortcut})` : label)} onClick={() => void runAction(action)}>
      {label}
    </button>
  );
}

export function DesignBar() {
  const messages = useMessages();
  const { active, snap } = useDesign(useShallow((s) => ({ active: s.active, snap: s.snap, selected: s.selected, clipboard: s.clipboard })));
  // The commands' availability depends on which selected elements still exist.
  useZuoci((s) => s.project.venue.elements.length);
  return (
    <div className="design-bar" role="toolbar" aria-label={messages.layout.bar} data-testid="design-bar">
      <Command action={layoutModeAction} on={active} hint={`${messages.layout.modeHint} (${layoutModeAction.shortcut})`} />
      {active && (
        <>
          {COMMANDS.map((item, i) => (item === 'gap' ? <span key={i} className="gap" /> : <Command key={item.name} action={item} />))}
          <span className="gap" />
          <Command action={snapAction} on={snap} />
        </>
      )}
    </div>
  );
}
