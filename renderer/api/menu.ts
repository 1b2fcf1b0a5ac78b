import { useEffect, useEffectEvent } from 'react';
import type { MenuListener } from './api';
import { useApi } from './context';

/** Runs the listener for each native menu command while the calling component is mounted (desktop only). */
export function useMenuCommands(listener: MenuListener): void {
  const { onMenuCommand } = useApi();
  const onCommand = useEffectEvent(listener);
  useEffect(() => onMenuCommand((command) => onCommand(command)), [onMenuCommand]);
}
