#!/usr/bin/env bash
# Checks the image tarball that `./mvnw -B package -Pimage` writes, without a container runtime:
# its configuration (non-root user, working directory, JVM flags, port), that the promoted model is in
# it, and, as root, that it runs: the layers are unpacked and the entrypoint started with chroot as
# uid 185; it must report ready and score a claim, and on SIGTERM report not ready while still serving.
# Usage: src/main/docker/check-image.sh target/image/claim-scorer.tar
set -euo pipefail
image=$(realpath "${1:?usage: $0 IMAGE.tar}")
work=$(mktemp -d)
cleanup() { mountpoint -q "$work/root/proc" && umount "$work/root/proc"; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "check-image: $*" >&2; exit 1; }

tar -C "$work" -xf "$image" manifest.json
config=$(tar -xOf "$image" "$(grep -o '"Config":"[^"]*"' "$work/manifest.json" | cut -d'"' -f4)")
jvm_flags=$(sed -n 's/^quarkus.jib.jvm-additional-arguments=//p' src/main/resources/application.properties | tr ',' ' ')
for expected in '"User":"185"' '"WorkingDir":"/deployments"' '"8080/tcp"' $(printf '"%s" ' $jvm_flags); do
  grep -qF "$expected" <<<"$config" || fail "image config lacks $expected: $config"
done
mkdir "$work/root"
for layer in $(grep -o '"Layers":\[[^]]*\]' "$work/manifest.json" | grep -o '[0-9a-f]*\.tar\(\.gz\)\?'); do
  tar -xOf "$image" "$layer" | tar -C "$work/root" -xzf - 2>/dev/null || tar -xOf "$image" "$layer" | tar -C "$work/root" -xf -
done
cmp -s models/attribution.tribuo "$work/root/deployments/models/attribution.tribuo" || fail "promoted model missing"
echo "check-image: config and model OK ($(du -h "$image" | cut -f1))"

[ "$(id -u)" = 0 ] || { echo "check-image: not root, so the image was not started"; exit 0; }
port=18480
mount --bind /proc "$work/root/proc"
entrypoint=$(grep -o '"Entrypoint":\[[^]]*\]' <<<"$config" | sed 's/"Entrypoint":\[//; s/\]$//; s/","/ /g; s/"//g')
env -i PATH=/usr/bin:/bin LANG=C.UTF-8 QUARKUS_HTTP_PORT=$port \
  "$(command -v chroot)" --userspec=185:185 "$work/root" /bin/sh -c "cd /deployments && exec $entrypoint" > "$work/run.log" 2>&1 &
pid=$!
for _ in $(seq 1 90); do
  curl -sf "localhost:$port/q/health/ready" > /dev/null && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
curl -sf "localhost:$port/q/health/ready" > /dev/null || { cat "$work/run.log"; fail "never ready"; }
score() { curl -s -o /dev/null -w '%{http_code}' -X POST "localhost:$port/v1/score" \
  -H 'Content-Type: application/json' -d '{"claim":"The plant will close, a company spokesperson said."}'; }
[ "$(score)" = 200 ] || fail "scoring failed"
kill -TERM "$pid"; sleep 1
ready=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/q/health/ready")
[ "$ready" = 503 ] && [ "$(score)" = 200 ] || fail "after SIGTERM: readiness $ready, expected 503 while still scoring"
wait "$pid" || true
echo "check-image: runs as uid 185, scores; on SIGTERM readiness 503 while requests are still served"
