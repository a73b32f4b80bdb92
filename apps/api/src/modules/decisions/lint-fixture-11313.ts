import { agreementOf } from '../agreements/agreements.case';

export const seen = agreementOf;
