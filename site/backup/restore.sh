#!/usr/bin/env bash
# Restore a backup made by backup.sh into the configured database and media folders.
# Usage: site/backup/restore.sh /var/backups/polres/20261127-020000
# Stop the web and worker services first; this replaces the current data.
set -euo pipefail
source_dir=${1:?usage: restore.sh BACKUP_DIR}
set -a; . /etc/polres/env; set +a
(cd "$source_dir" && sha256sum --check --quiet SHA256SUMS)

pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" "$source_dir/database.dump"
media_parent=$(dirname "$MEDIA_ROOT")
rm -rf "$MEDIA_ROOT"
tar -C "$media_parent" -xzf "$source_dir/media.tar.gz"
if [ -f "$source_dir/private.tar.gz" ]; then
  private_root=${PRIVATE_MEDIA_ROOT:-$media_parent/private}
  rm -rf "$private_root"
  tar -C "$(dirname "$private_root")" -xzf "$source_dir/private.tar.gz"
fi
echo "restored from $source_dir; start the services again"
