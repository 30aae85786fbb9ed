-- Lookups the scale benchmark showed running on every review and objection (docs/performance.md):
-- a review's case finds its assignment by process instance, an objection checks for an open one per phone.
create index review_assignment_process_ix on review_assignment (process_instance_id);
create index objection_application_ix on objection (application_number, contact_phone);
