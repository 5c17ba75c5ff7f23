export { NewProgramme, ProgrammePage, ProgrammesOverview } from './components/programme-pages';
export { PhaseTimeline } from './components/phase-timeline';
