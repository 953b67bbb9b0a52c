#!/usr/bin/env bash
# Builds the image's base from Debian bookworm packages alone (no container registry needed):
# a root file system with openjdk-17-jre-headless, made by mmdebstrap, wrapped as a `docker save`
# tarball that Jib reads with quarkus.jib.base-jvm-image=tar://<this file>.
# Usage: src/main/docker/debian-jre-base.sh target/image/debian-jre17-base.tar   (needs mmdebstrap)
set -euo pipefail
out=$(realpath -m "${1:?usage: $0 OUTPUT.tar}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")"

mmdebstrap --quiet --variant=apt --include=openjdk-17-jre-headless,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' \
  --essential-hook='mkdir -p "$1"/usr/share/man/man1' \
  --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/*' \
  bookworm "$work/layer.tar"

diff_id=sha256:$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]}}
JSON
echo '[{"Config":"config.json","RepoTags":["claim-scorer-base:debian-bookworm-jre17"],"Layers":["layer.tar"]}]' \
  > "$work/manifest.json"
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "base image: $out ($(du -h "$out" | cut -f1))"
