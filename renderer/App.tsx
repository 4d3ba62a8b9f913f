import { useEffect } from 'react';
import { useShortcuts } from './actions/useShortcuts';
import { VenueCanvas } from './canvas/VenueCanvas';
import { Notices } from './panels/Notices';
import { RosterPanel } from './panels/RosterPanel';
import { RulesPanel } from './panels/RulesPanel';
import { SeatPanel } from './panels/SeatPanel';
import { PrintDialog } from './panels/print/PrintDialog';
import { Toolbar } from './panels/Toolbar';
import { useZuoci } from './store/store';

export function App() {
  useShortcuts();
  const language = useZuoci((state) => state.language);
  const printDialogOpen = useZuoci((state) => state.printDialogOpen);
  const setPrintDialogOpen = useZuoci((state) => state.setPrintDialogOpen);
  useEffect(() => void (document.documentElement.lang = language), [language]);
  return (
    <div className="app">
      <Toolbar />
      <main className="workspace">
        <VenueCanvas />
        <div className="side-column">
          <SeatPanel />
          <RulesPanel />
          <RosterPanel />
        </div>
      </main>
      <Notices />
      {printDialogOpen && <PrintDialog onClose={() => setPrintDialogOpen(false)} />}
    </div>
  );
}
