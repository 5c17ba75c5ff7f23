export { OfficeHoursForm } from './components/office-hours-form';
export { SlotPicker } from './components/slot-picker';
export { UpcomingMeetings } from './components/upcoming-meetings';
export { IntroductionMeetings } from './components/introduction-meetings';
export { MeetingControls } from './components/meeting-controls';
