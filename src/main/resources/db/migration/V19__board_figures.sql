-- Issue 12, the supervisor's board: each agent's day is read by first-response and solution time.
create index tickets_by_first_response on tickets (first_response_at);
create index tickets_by_solved on tickets (solved_at);
