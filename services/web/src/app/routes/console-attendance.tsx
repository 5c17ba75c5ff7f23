import { AttendancePage } from '../../features/training';

/** Centre coordinators and programme managers record who attended a training session. */
export default function ConsoleAttendanceRoute() {
  return <AttendancePage />;
}
