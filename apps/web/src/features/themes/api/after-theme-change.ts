import type { QueryClient } from '@tanstack/react-query';

/** After any change to a theme: its public page, the lists and the staff views read it again. */
export function afterThemeChange(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: ['themes'] });
}
