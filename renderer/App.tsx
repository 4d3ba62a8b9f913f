import { useEffect } from 'react';
import { useShortcuts } from './actions/useShortcuts';
import { VenueCanvas } from './canvas/VenueCanvas';
import { Notices } from './panels/Notices';
import { DialogHost } from './panels/dialogs/DialogHost';
import { FormHost } from './panels/dialogs/FormHost';
import { RosterDock, RosterPanel } from './panels/roster/RosterPanel';
import { RulesPanel } from './panels/RulesPanel';
import { SeatPanel } from './panels/SeatPanel';
import { PrintDialog } from './panels/print/PrintDialog';
import { Toolbar } from './panels/Toolbar';
import { SessionTabs } from './panels/sessions/SessionTabs';
import { SessionSettings } from './panels/sessions/SessionSettings';
import { selectIsDirty, useZuoci } from './store/store';
import { Safety } from './safety/Safety';
import { ElementPanel } from './panels/elements/ElementPanel';
import { FloorPlanPanel } from './panels/trace/FloorPlanPanel';
import { SeatOverrides } from './panels/elements/SeatOverrides';
import { refreshUserTemplates } from './store/user-templates';
import { ImportHost } from './panels/import/ImportHost';
import { SignInDesk } from './panels/signin/SignInDesk';
import { AgendaPanel } from './panels/agenda/AgendaPanel';
import { ChangeLogPanel } from './panels/changelog/ChangeLogPanel';

export function App() {
  useShortcuts();
  const language = useZuoci((state) => state.language);
  const printDialogOpen = useZuoci((state) => state.printDialogOpen);
  const setPrintDialogOpen = useZuoci((state) => state.setPrintDialogOpen);
  useEffect(() => void (document.documentElement.lang = language), [language]);
  // The user's own room templates, for the pickers (the built-in rooms need no host).
  useEffect(() => void refreshUserTemplates(), []);
  // Closing the window with unsaved changes asks first (Electron turns this into a dialog in main).
  const dirty = useZuoci(selectIsDirty);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // still required by Chromium-based hosts to show the prompt
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return (
    <div className="app">
      <Toolbar />
      <main className="workspace">
        <div className="canvas-column">
          <SessionTabs />
          <VenueCanvas />
          <RosterDock />
        </div>
        <div className="side-column">
          <SessionSettings />
          <ElementPanel />
          <FloorPlanPanel />
          <SeatPanel />
          <SeatOverrides />
          <RulesPanel />
          <RosterPanel />
          <AgendaPanel />
          <ChangeLogPanel />
          <Notices />
        </div>
      </main>
      <Safety />
      <DialogHost />
      <FormHost />
      <ImportHost />
      <SignInDesk />
      {printDialogOpen && <PrintDialog onClose={() => setPrintDialogOpen(false)} />}
    </div>
  );
}
