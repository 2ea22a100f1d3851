#!/usr/bin/env bash
# Back up the database and the uploaded files into one dated folder.
# Usage: site/backup/backup.sh /var/backups/polres   (daily from systemd/polres-backup.timer)
# Keeps the last 14 backups. The folder holds personal data: keep it on encrypted storage.
set -euo pipefail
target_root=${1:?usage: backup.sh TARGET_DIR}
set -a; . /etc/polres/env; set +a
stamp=$(date +%Y%m%d-%H%M%S)
target="$target_root/$stamp"
umask 077
mkdir -p "$target"

pg_dump --format=custom --no-owner --file "$target/database.dump" "$DATABASE_URL"
tar -C "$(dirname "$MEDIA_ROOT")" -czf "$target/media.tar.gz" "$(basename "$MEDIA_ROOT")"
private_root=${PRIVATE_MEDIA_ROOT:-$(dirname "$MEDIA_ROOT")/private}
if [ -d "$private_root" ]; then
  tar -C "$(dirname "$private_root")" -czf "$target/private.tar.gz" "$(basename "$private_root")"
fi
(cd "$target" && sha256sum ./* > SHA256SUMS)

ls -1d "$target_root"/*/ | sort | head -n -14 | xargs -r rm -rf
echo "backup written to $target"
