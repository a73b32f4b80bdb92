CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"type" text NOT NULL,
	"contract_method" text,
	"open_call" boolean DEFAULT false NOT NULL,
	"open_call_protection" text DEFAULT '' NOT NULL,
	"parties" jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"city_commitments" text NOT NULL,
	"company_commitments" text NOT NULL,
	"council_vote" text DEFAULT 'none' NOT NULL,
	"council_session" jsonb,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"signed_on" date,
	"document_key" text,
	"document_name" text,
	"document_size" bigint,
	"document_sha256" text,
	"document_uploaded_by" uuid,
	"document_uploaded_at" timestamp with time zone,
	CONSTRAINT "agreements_type_check" CHECK ("agreements"."type" in ('pilot', 'partnership', 'comprehensive', 'contract')),
	CONSTRAINT "agreements_council_vote_check" CHECK ("agreements"."council_vote" in ('none', 'budget', 'ordinance', 'both'))
);
--> statement-breakpoint
CREATE TABLE "public_summaries" (
	"proposal_id" uuid PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"written_by" uuid,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	"consented_by" uuid,
	"consented_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_document_uploaded_by_users_id_fk" FOREIGN KEY ("document_uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_summaries" ADD CONSTRAINT "public_summaries_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_summaries" ADD CONSTRAINT "public_summaries_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_summaries" ADD CONSTRAINT "public_summaries_consented_by_users_id_fk" FOREIGN KEY ("consented_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_proposal_version_unique" ON "agreements" USING btree ("proposal_id","version");