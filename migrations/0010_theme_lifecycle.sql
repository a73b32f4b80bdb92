ALTER TABLE "themes" DROP CONSTRAINT "themes_status_check";--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_status_check" CHECK ("themes"."status" in ('draft', 'in_review', 'published', 'closed', 'archived'));--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "who_is_affected" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "evidence" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "resources" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "budget" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "contact_department_id" uuid;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "title_en" text;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "summary_en" text;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "text_en" text;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "review_comment" text;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_budget_check" CHECK ("themes"."budget" in ('none', 'existing', 'to_be_requested'));--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_contact_department_id_departments_id_fk" FOREIGN KEY ("contact_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE TABLE "theme_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"theme_id" uuid NOT NULL,
	"text" text NOT NULL,
	"amended_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theme_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"theme_id" uuid NOT NULL,
	"asked_by" uuid,
	"question" text NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "theme_amendments" ADD CONSTRAINT "theme_amendments_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_amendments" ADD CONSTRAINT "theme_amendments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_questions" ADD CONSTRAINT "theme_questions_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_questions" ADD CONSTRAINT "theme_questions_asked_by_users_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_questions" ADD CONSTRAINT "theme_questions_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "theme_amendments_theme_idx" ON "theme_amendments" USING btree ("theme_id","created_at");--> statement-breakpoint
CREATE INDEX "theme_questions_theme_idx" ON "theme_questions" USING btree ("theme_id","created_at");
