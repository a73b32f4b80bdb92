CREATE TABLE "evaluation_comments" (
	"proposal_id" uuid PRIMARY KEY NOT NULL,
	"comment" text NOT NULL,
	"commented_by" uuid,
	"commented_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"achievements" jsonb NOT NULL,
	"what_worked" text NOT NULL,
	"what_did_not" text NOT NULL,
	"city_comment" text DEFAULT '' NOT NULL,
	"next_stage" text NOT NULL,
	"next_stage_reason" text NOT NULL,
	"sroi_input" jsonb,
	"sroi_result" jsonb,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_next_stage_check" CHECK ("evaluations"."next_stage" in ('scale_up', 'extend', 'continue', 'end'))
);
--> statement-breakpoint
CREATE TABLE "kpi_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kpi_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kpi_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"actual" double precision NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"file_key" text,
	"file_name" text,
	"file_size" bigint,
	"file_media_type" text,
	"reported_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"review" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	CONSTRAINT "kpi_reports_status_check" CHECK ("kpi_reports"."status" in ('submitted', 'verified', 'questioned', 'answered'))
);
--> statement-breakpoint
CREATE TABLE "kpi_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"baseline" double precision NOT NULL,
	"target" double precision NOT NULL,
	"period" text NOT NULL,
	"source" text NOT NULL,
	"starts_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "kpis_period_check" CHECK ("kpis"."period" in ('monthly', 'quarterly', 'yearly'))
);
--> statement-breakpoint
CREATE TABLE "logic_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"inputs" jsonb NOT NULL,
	"activities" jsonb NOT NULL,
	"outputs" jsonb NOT NULL,
	"outcomes" jsonb NOT NULL,
	"impact" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "status_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Proposals that existed before: their stage began at their last change at the latest.
UPDATE "proposals" SET "status_changed_at" = "updated_at";--> statement-breakpoint
ALTER TABLE "evaluation_comments" ADD CONSTRAINT "evaluation_comments_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_comments" ADD CONSTRAINT "evaluation_comments_commented_by_users_id_fk" FOREIGN KEY ("commented_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_reminders" ADD CONSTRAINT "kpi_reminders_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_reports" ADD CONSTRAINT "kpi_reports_kpi_id_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_reports" ADD CONSTRAINT "kpi_reports_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_reports" ADD CONSTRAINT "kpi_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_reports" ADD CONSTRAINT "kpi_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_reports" ADD CONSTRAINT "kpi_reports_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_revisions" ADD CONSTRAINT "kpi_revisions_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_revisions" ADD CONSTRAINT "kpi_revisions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logic_models" ADD CONSTRAINT "logic_models_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logic_models" ADD CONSTRAINT "logic_models_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_proposal_version_unique" ON "evaluations" USING btree ("proposal_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_reminders_unique" ON "kpi_reminders" USING btree ("kpi_id","period_start","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_reports_kpi_period_unique" ON "kpi_reports" USING btree ("kpi_id","period_start");--> statement-breakpoint
CREATE INDEX "kpi_reports_proposal_idx" ON "kpi_reports" USING btree ("proposal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_revisions_proposal_version_unique" ON "kpi_revisions" USING btree ("proposal_id","version");--> statement-breakpoint
CREATE INDEX "kpis_proposal_idx" ON "kpis" USING btree ("proposal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "logic_models_proposal_version_unique" ON "logic_models" USING btree ("proposal_id","version");