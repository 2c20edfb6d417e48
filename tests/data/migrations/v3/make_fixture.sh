#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds coordinator.db, a schema-3 database as the release before issue 12 left it at the
# coordinator: Riga created an activity and a contact and sent them; the coordinator then
# corrected the activity's title (that release rewrote its owner to "coordinator") and moved
# the contact to Vilnius (owner rewritten to Vilnius's city). Made with the current CLI, then
# brought back to the schema-3 shape (no writer or notice table) with the owners rewritten
# as the older release did. Usage: make_fixture.sh PACTESUR-CLI OUT_DIR
set -euo pipefail
cli="$1"; out="$2"; work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cd "$work"
"$cli" --db c.db init --coordinator >/dev/null
"$cli" --db r.db init --city riga >/dev/null
activity=$("$cli" --db r.db add activities --set kind=workshop --set title="Harbour night" \
    --set start=2025-06-10 --set host_city=riga --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
contact=$("$cli" --db r.db add contacts --set name="Anna Berzina" --set city=riga \
    --set legal_basis=public_task --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
"$cli" --db r.db export --out r.pactesur --full >/dev/null
"$cli" --db c.db import r.pactesur >/dev/null
"$cli" --db c.db edit activities "$activity" --set title="Harbour night walk"
"$cli" --db c.db edit contacts "$contact" --set city=vilnius
vilnius=$(sqlite3 c.db "SELECT id FROM city WHERE slug = 'vilnius'")
sqlite3 c.db "DROP TABLE writer; DROP TABLE notice;
    UPDATE activity SET owner = 'coordinator' WHERE id = '$activity';
    UPDATE contact SET owner = '$vilnius' WHERE id = '$contact';
    PRAGMA user_version = 3; VACUUM;"
mkdir -p "$out"
cp c.db "$out/coordinator.db"
echo "activity $activity contact $contact"
