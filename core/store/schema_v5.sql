-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 5: trusted exchange (issue 14). Frozen once released.
-- The replicas this database trusts, with their public keys (the secret keys of this
-- replica live in a file of their own, never in the database, so no backup holds them).
CREATE TABLE roster (
    replica TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('coordinator', 'liaison')),
    city TEXT,
    sign_key TEXT NOT NULL,
    box_key TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked'))
);
