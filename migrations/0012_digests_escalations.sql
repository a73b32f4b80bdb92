ALTER TABLE "users" ADD COLUMN "digest_opt_out" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "department_head" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE TABLE "stage_escalations" (
	"proposal_id" uuid NOT NULL,
	"status" text NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_escalations_proposal_id_status_due_on_pk" PRIMARY KEY("proposal_id","status","due_on")
);
--> statement-breakpoint
ALTER TABLE "stage_escalations" ADD CONSTRAINT "stage_escalations_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
