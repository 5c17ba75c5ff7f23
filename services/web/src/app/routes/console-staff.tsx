import { StaffPage } from '../../features/console-staff';

/** Staff and roles (inside the console, admins only). */
export default function ConsoleStaffRoute() {
  return <StaffPage />;
}
