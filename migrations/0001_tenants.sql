-- The operator's registry of tenants. Each tenant's own state (keys, policy, events)
-- lives in its Durable Object; this table lets the operator list and disable tenants.
CREATE TABLE tenants (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('active', 'disabled')),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
) STRICT;
