import { routes } from '../../app/router';

export const seen = routes;
