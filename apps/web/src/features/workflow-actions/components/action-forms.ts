import type { ComponentType } from 'react';
import type { WorkflowAction } from '@kyoso/contracts/workflow';
import type { ActionFormProps } from './action-form-kit';
import { CompleteForm } from './complete-form';
import { DeclineForm } from './decline-form';
import { HoldForm } from './hold-form';
import { RouteForm } from './route-form';
import { SendToReviewForm } from './send-to-review-form';
import { TextActionForm } from './text-action-form';

/**
 * One small form per workflow action. Most take free texts only (the workflow table says which);
 * routing, declining, holding, completing and sending to review take more.
 */
export const ACTION_FORMS: Record<WorkflowAction, ComponentType<ActionFormProps>> = {
  submit: TextActionForm,
  request_info: TextActionForm,
  provide_info: TextActionForm,
  accept_for_routing: TextActionForm,
  route: RouteForm,
  accept_assignment: TextActionForm,
  return_assignment: TextActionForm,
  start_dialogue: TextActionForm,
  send_to_review: SendToReviewForm,
  adopt: TextActionForm,
  hold: HoldForm,
  resume: TextActionForm,
  decline: DeclineForm,
  sign_agreement: TextActionForm,
  start_evaluation: TextActionForm,
  complete: CompleteForm,
  withdraw: TextActionForm,
};
