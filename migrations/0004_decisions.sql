CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"outcome" text NOT NULL,
	"fiscal_burden" text NOT NULL,
	"fiscal_amount_yen" bigint,
	"budget_fiscal_year" integer,
	"supplementary_budget" boolean DEFAULT false NOT NULL,
	"fiscal_explanation" text NOT NULL,
	"original" boolean NOT NULL,
	"originality_justification" text NOT NULL,
	"exclusive_use" text NOT NULL,
	"fairness_measure" text DEFAULT '' NOT NULL,
	"laws_examined" text NOT NULL,
	"conflicts_found" text DEFAULT '' NOT NULL,
	"special_zones" text DEFAULT '' NOT NULL,
	"decision_body" text NOT NULL,
	"decided_on" date NOT NULL,
	"hold_kind" text,
	"hold_until" date,
	"hold_fiscal_year" integer,
	"resume_on" date,
	"decline_reason_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"decline_reason" text DEFAULT '' NOT NULL,
	"internal_notes" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"taken_at" timestamp with time zone,
	CONSTRAINT "decisions_outcome_check" CHECK ("decisions"."outcome" in ('adopt', 'hold', 'decline')),
	CONSTRAINT "decisions_fiscal_burden_check" CHECK ("decisions"."fiscal_burden" in ('none', 'existing_budget', 'new_budget')),
	CONSTRAINT "decisions_exclusive_use_check" CHECK ("decisions"."exclusive_use" in ('none', 'partial', 'exclusive'))
);
--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_proposal_version_unique" ON "decisions" USING btree ("proposal_id","version");