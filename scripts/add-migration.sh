#!/usr/bin/env bash
# Adds migration NAME to the three providers' contexts at once (SQLite, PostgreSQL, SQL Server), under one id, so
# that every provider has the same migrations in the same order (MigrationTests checks it). No database is needed.
#   scripts/add-migration.sh NAME
# A migration that needs SQL of one provider's own (FTS5, tsvector, a full-text catalogue) is then edited by hand in
# that provider's folder; docs/adding-a-section.md says when. SQLite's compiled model (Data/CompiledModels/Sqlite, what
# the portal starts on) is made again from the new model.
set -euo pipefail
cd "$(dirname "$0")/.."

name=${1:-}
if [[ ! "$name" =~ ^[A-Z][A-Za-z0-9]{0,80}$ ]]; then
  echo "Usage: scripts/add-migration.sh NAME   (NAME in PascalCase, e.g. LegalDocuments)" >&2
  exit 2
fi
migrations=src/Portal.Web/Data/Migrations
if compgen -G "$migrations/*/*_$name.cs" >/dev/null; then
  echo "A migration named $name exists already:" >&2
  ls "$migrations"/*/*_"$name".cs >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
compiled=src/Portal.Web/Data/CompiledModels/Sqlite

# Whatever this run made is taken away again if a step fails: no provider is left a migration ahead.
undo() {
  echo "Adding $name failed; the files made for it are removed." >&2
  rm -f "$migrations"/*/*_"$name".cs "$migrations"/*/*_"$name".Designer.cs
  git checkout --quiet -- "$migrations"/*/*ModelSnapshot.cs "$compiled" 2>/dev/null || true
}
trap undo ERR

# The old compiled model may name what the change removed: the build goes without it, EF then builds the model.
rm -rf "$compiled"
dotnet build src/Portal.Web -c Debug -nologo -clp:ErrorsOnly

id=""
for provider in Sqlite PostgreSql SqlServer; do
  # --no-build: each context reads only its own snapshot, which the previous provider's new files do not touch.
  dotnet ef migrations add "$name" --project src/Portal.Web --configuration Debug --no-build \
    --context "${provider}DbContext" --output-dir "Data/Migrations/$provider" >/dev/null
  made=$(ls "$migrations/$provider/"*_"$name".cs | grep -v '\.Designer\.cs$')
  stamp=$(basename "$made" | cut -d_ -f1)
  if [ -z "$id" ]; then
    id=$stamp
  elif [ "$stamp" != "$id" ]; then
    # The tools stamp each run with its own second; every provider takes the first one's id.
    for file in "$migrations/$provider/${stamp}_$name.cs" "$migrations/$provider/${stamp}_$name.Designer.cs"; do
      sed -i "s/\"${stamp}_$name\"/\"${id}_$name\"/" "$file"
      mv "$file" "${file/${stamp}_/${id}_}"
    done
  fi
  echo "$provider: $migrations/$provider/${id}_$name.cs"
done
dotnet ef dbcontext optimize --project src/Portal.Web --configuration Debug --no-build --context SqliteDbContext \
  --output-dir Data/CompiledModels/Sqlite --namespace Portal.Web.Data.CompiledModels.Sqlite >/dev/null
echo "Sqlite: $compiled (compiled model)"
trap - ERR
echo "Added ${id}_$name. Read each Up/Down before committing; dotnet build and MigrationTests check the rest."
