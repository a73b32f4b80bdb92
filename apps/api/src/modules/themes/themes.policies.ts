/**
 * Who may do what with a theme (pure): its own department writes, submits, amends, closes and
 * answers questions; the co-creation desk publishes or sends back; a registered proposer asks.
 */
import type { ThemeCan } from '@kyoso/contracts/themes';
import type { ThemeStatus } from '@kyoso/contracts/theme-constants';
import type { Actor } from '../users/actor';

type ThemeLike = { departmentId: string; status: ThemeStatus };
type ActorLike = Pick<Actor, 'role' | 'departmentId'>;

/** Staff of the theme's own department. */
export function isThemeDepartment(actor: ActorLike | null, theme: ThemeLike): boolean {
  return actor?.role === 'department' && actor.departmentId === theme.departmentId;
}

/** Who may read a theme whatever its status: its department, the desk, administrators. */
export function canManageTheme(actor: ActorLike | null, theme: ThemeLike): boolean {
  return (
    isThemeDepartment(actor, theme) || actor?.role === 'coordinator' || actor?.role === 'admin'
  );
}

/** The caller's permissions on a theme. */
export function themeCan(actor: ActorLike | null, theme: ThemeLike): ThemeCan {
  const own = isThemeDepartment(actor, theme);
  const desk = actor?.role === 'coordinator';
  return {
    edit: own && theme.status === 'draft',
    submit: own && theme.status === 'draft',
    publish: desk && theme.status === 'in_review',
    sendBack: desk && theme.status === 'in_review',
    amend: own && theme.status === 'published',
    close: own && theme.status === 'published',
    answer: own && (theme.status === 'published' || theme.status === 'closed'),
  };
}

/** Whether the caller may ask a question on a theme (a registered proposer, published theme). */
export function canAskQuestion(actor: ActorLike | null, theme: ThemeLike): boolean {
  return actor?.role === 'proposer' && theme.status === 'published';
}
