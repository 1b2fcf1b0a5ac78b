import { Outlet } from 'react-router';
import { useMenuNavigation } from './menu-navigation';

/** Wraps every screen, the print view included, so menu commands work wherever the user is. */
export function RootLayout() {
  useMenuNavigation();
  return <Outlet />;
}
