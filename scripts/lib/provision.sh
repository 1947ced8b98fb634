#!/usr/bin/env bash
# Provision what the tests need: the npm tooling in openapi/, a Docker-API engine, and a Prism image.
# Idempotent: a second run only checks and takes about a second. Progress goes to stderr, one line a step.
#
#   source scripts/lib/provision.sh          # provisions, then exports the variables below (and leaves
#                                            # set -euo pipefail on in the caller)
#   scripts/lib/provision.sh --print-env     # provisions, then prints KEY=VALUE lines on stdout
#
# Exports: DOCKER_HOST, TESTCONTAINERS_RYUK_DISABLED, TESTCONTAINERS_CHECKS_DISABLE (Podman only), PRISM_IMAGE.
# Why Podman and an offline-built image: the CI/dev machines have no Docker engine and no image registry;
# Podman (Debian package) serves the Docker API that Testcontainers speaks. A real engine is used if present.
set -euo pipefail

PROVISION_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PODMAN_SOCK=/run/podman/podman.sock

_say() { echo "provision: $*" >&2; }
_apt() { apt-get "$@" >>/tmp/provision-apt.log 2>&1 || { tail -n 20 /tmp/provision-apt.log >&2; return 1; }; }
_ping() { curl -fsS --max-time 2 --unix-socket "$1" http://d/_ping >/dev/null 2>&1; }

_npm_tools() {
  local dir="$PROVISION_ROOT/openapi"
  # npm ci rewrites node_modules/.package-lock.json; if that is not older than the lockfile, nothing changed.
  if [[ -f "$dir/node_modules/.package-lock.json" && ! "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    _say "npm tools: up to date"
  else
    _say "npm tools: npm ci in openapi/"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

# Headless Chromium (Debian package) renders the Redocly API reference in the docs test.
_chromium() {
  if [[ -x /usr/bin/chromium ]]; then
    _say "chromium: installed"
    return 0
  fi
  [[ $(id -u) == 0 ]] || { _say "chromium setup needs root (apt-get)"; return 1; }
  _say "chromium: apt-get install chromium (log /tmp/provision-apt.log)"
  export DEBIAN_FRONTEND=noninteractive
  apt-cache show chromium >/dev/null 2>&1 || _apt update
  apt-get install -y chromium >>/tmp/provision-apt.log 2>&1 || { _apt update && _apt install -y chromium; }
}

# A real engine (laptop, hosted CI) can pull the official image; our own Podman socket does not count.
_real_engine() {
  if [[ -n "${DOCKER_HOST:-}" && "$DOCKER_HOST" != "unix://$PODMAN_SOCK" ]]; then
    case "$DOCKER_HOST" in
      unix://*) _ping "${DOCKER_HOST#unix://}" && return 0 ;;
      tcp://*) curl -fsS --max-time 2 "http://${DOCKER_HOST#tcp://}/_ping" >/dev/null 2>&1 && return 0 ;;
    esac
    _say "DOCKER_HOST=$DOCKER_HOST does not answer; falling back to Podman"
  fi
  [[ -z "${DOCKER_HOST:-}" || "$DOCKER_HOST" == "unix://$PODMAN_SOCK" ]] && _ping /var/run/docker.sock
}

# A service whose working directory was removed still answers _ping, but conmon cannot start a
# container. Healthy means every service process still has its working directory.
_podman_healthy() {
  local pid cwd
  for pid in $(pgrep -f "podman system service .*unix://$PODMAN_SOCK" || true); do
    cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null) || continue
    [[ $cwd == *" (deleted)" || ! -d $cwd ]] && return 1
  done
  return 0
}

_podman() {
  [[ $(id -u) == 0 ]] || { _say "Podman setup needs root (apt-get, /etc/containers, /run/podman)"; return 1; }
  if command -v podman >/dev/null && command -v runc >/dev/null; then
    _say "podman: installed"
  else
    _say "podman: apt-get install podman runc (log /tmp/provision-apt.log)"
    export DEBIAN_FRONTEND=noninteractive
    # Refresh the package lists only when they are missing, or stale (the install fails on them).
    apt-cache show podman runc >/dev/null 2>&1 || _apt update
    apt-get install -y podman runc >>/tmp/provision-apt.log 2>&1 || { _apt update && _apt install -y podman runc; }
  fi

  # runc, not crun: crun fails here on setrlimit and hybrid cgroups. No systemd here, hence cgroupfs.
  local conf
  conf=$'[containers]\ndefault_ulimits = []\n[engine]\ncgroup_manager = "cgroupfs"\nruntime = "runc"'
  if [[ "$(cat /etc/containers/containers.conf 2>/dev/null)" == "$conf" ]]; then
    _say "containers.conf: as wanted"
  else
    _say "containers.conf: writing"
    mkdir -p /etc/containers && printf '%s\n' "$conf" > /etc/containers/containers.conf
  fi

  if _ping "$PODMAN_SOCK" && _podman_healthy; then
    _say "podman service: answering on $PODMAN_SOCK"
  else
    if _ping "$PODMAN_SOCK"; then
      _say "podman service: answers but cannot start containers (its working directory is gone); restarting it"
      pkill -f "podman system service .*unix://$PODMAN_SOCK" || true
      local j
      for j in $(seq 20); do _ping "$PODMAN_SOCK" || break; sleep 0.25; done
    fi
    _say "podman service: starting (log /tmp/podman-service.log)"
    mkdir -p /run/podman
    # setsid+nohup: it must outlive this script; fd 9 (our lock) and stdout must not be held open by it.
    # From /: a service started in a clone that is later removed still answers its ping, but every
    # container start then fails (conmon: "Failed to get working directory").
    # exec: no shell of ours may stay behind holding fd 9, the provisioning lock.
    (cd / && exec nohup setsid podman system service --time=0 "unix://$PODMAN_SOCK") \
      </dev/null >/tmp/podman-service.log 2>&1 9>&- &
    local i
    for i in $(seq 60); do _ping "$PODMAN_SOCK" && break; sleep 0.5; done
    _ping "$PODMAN_SOCK" || { _say "podman service did not answer in 30 s"; return 1; }
  fi
}

# No registry is reachable, so the image is put together from this machine's node and an npm ci of Prism.
# It runs like the official stoplight/prism image: `mock -h 0.0.0.0 /spec.yaml`, port 4010.
_build_image() (
  local image="$1" stage
  stage="$(mktemp -d /tmp/prism-image.XXXXXX)"
  trap 'rm -rf "$stage"' EXIT
  local root="$stage/rootfs"
  mkdir -p "$root/usr/bin" "$root/app" "$root/etc" "$root/tmp"
  chmod 1777 "$root/tmp"
  cp -L /usr/bin/node "$root/usr/bin/node"
  # Keep each library at the path ldd shows (the loader's default search dirs); -L copies real files.
  ldd /usr/bin/node | grep -o '/[^ ]*' | sort -u | xargs -I{} cp -L --parents {} "$root"
  cp -L --parents /lib64/ld-linux-x86-64.so.2 "$root"
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > "$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
  cp "$PROVISION_ROOT/openapi/package.json" "$PROVISION_ROOT/openapi/package-lock.json" "$root/app/"
  # --omit=dev: spectral and redocly stay out of the image. The npm cache is warm from _npm_tools.
  (cd "$root/app" && npm ci --omit=dev --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null)
  tar -C "$root" --numeric-owner -cf "$stage/rootfs.tar" .
  # STOPSIGNAL SIGKILL: node as PID 1 ignores SIGTERM, so `stop`/`rm -f` would otherwise wait 10 s.
  podman import -q \
    --change 'ENTRYPOINT ["/usr/bin/node","/app/node_modules/@stoplight/prism-cli/dist/index.js"]' \
    --change 'EXPOSE 4010' --change 'WORKDIR /app' --change 'STOPSIGNAL SIGKILL' \
    "$stage/rootfs.tar" "$image" >/dev/null
)

provision() {
  # One provisioning at a time (scripts/test and scripts/demo may start together).
  exec 9>/tmp/fish-audio-provision.lock
  flock 9
  _npm_tools
  _chromium
  local version
  version="$(node -p 'require(process.argv[1]).packages["node_modules/@stoplight/prism-cli"].version' \
    "$PROVISION_ROOT/openapi/package-lock.json")"
  if _real_engine; then
    _say "docker engine: found, using the official image"
    # A DOCKER_HOST left over from an earlier Podman run must not shadow the real engine.
    if [[ "${DOCKER_HOST:-}" == "unix://$PODMAN_SOCK" ]]; then unset DOCKER_HOST; fi
    export PRISM_IMAGE="stoplight/prism:$version"
  else
    _podman
    export PRISM_IMAGE="localhost/prism:$version"
    if podman image exists "$PRISM_IMAGE"; then
      _say "image $PRISM_IMAGE: present"
    else
      _say "image $PRISM_IMAGE: building offline"
      _build_image "$PRISM_IMAGE"
    fi
    export DOCKER_HOST="unix://$PODMAN_SOCK"
    # Ryuk's image cannot be pulled, so the tests close their own containers. The startup checks are
    # skipped too, so that no Testcontainers version tries to pull a helper image (harmless where ignored).
    export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true
  fi
  exec 9>&-
}

provision
if [[ "${BASH_SOURCE[0]}" == "$0" && "${1:-}" == "--print-env" ]]; then
  for v in DOCKER_HOST TESTCONTAINERS_RYUK_DISABLED TESTCONTAINERS_CHECKS_DISABLE PRISM_IMAGE; do
    if [[ -n "${!v:-}" ]]; then echo "$v=${!v}"; fi
  done
fi
