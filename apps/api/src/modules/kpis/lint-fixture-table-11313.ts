import { proposalsTable } from '../proposals/proposals.table';

export const seen = proposalsTable;
