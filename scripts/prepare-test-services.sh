#!/usr/bin/env bash
# Sets up what `mvn verify` needs on a machine of this project's kind; the build runs it
# before the tests (exec-maven-plugin, phase process-test-classes), so the README's test
# command works on a fresh machine. Idempotent and quick when everything is already up.
# Skip it with -Dyordam.prepare.skip=true when you manage the services yourself.
#
#  - Debian's Chromium at /usr/bin/chromium (the browser journeys; Playwright drives it)
#  - Node.js (the chat widget's unit tests: scripts/widget-tests.sh runs `node --test`)
#  - PostgreSQL at 127.0.0.1:5432 (the second run of the persistence tests, the cluster tests)
#  - RabbitMQ with its STOMP plugin on 127.0.0.1:61613 (the broker relay of the cluster tests)
#
# What it cannot do (no root, no package), it says, and the tests that need it then fail
# with a message naming the missing service: no test is skipped silently.
set -uo pipefail

say() { echo "[prepare-test-services] $*"; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"; else return 1; fi
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Installs Debian's package $2 for what the tests call $1, once, as root; says so when it cannot.
apt_install() {
  say "$1 missing: installing Debian's $2 (apt-get)"
  if as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; then
    say "$1 installed"
  else
    say "could not install $1: run 'apt-get install $2' as root"
  fi
}

# Chromium
if [ -x /usr/bin/chromium ]; then
  say "Chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
else
  apt_install Chromium chromium
fi

# Node.js: the machines have it; a machine without it gets Debian's nodejs
if command -v node >/dev/null 2>&1; then
  say "Node.js: $(node --version)"
else
  apt_install Node.js nodejs
fi

# PostgreSQL
if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  say "PostgreSQL is down: starting it"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start \
    || say "could not start PostgreSQL: start it (pg_ctlcluster ... main start)"
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
if command -v pg_isready >/dev/null 2>&1 && pg_isready -h 127.0.0.1 -p 5432 -q; then
  say "PostgreSQL: up on 127.0.0.1:5432"
else
  say "PostgreSQL is not answering on 127.0.0.1:5432"
fi

# RabbitMQ and its STOMP plugin
if ! port_open 61613; then
  if command -v rabbitmq-plugins >/dev/null 2>&1; then
    if as_root rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
      say "RabbitMQ is up without STOMP: enabling rabbitmq_stomp"
      as_root rabbitmq-plugins enable rabbitmq_stomp >/dev/null || say "could not enable rabbitmq_stomp"
    else
      say "RabbitMQ is down: enabling rabbitmq_stomp and starting it"
      as_root rabbitmq-plugins enable --offline rabbitmq_stomp >/dev/null
      as_root rabbitmq-server -detached || say "could not start RabbitMQ (rabbitmq-server -detached)"
    fi
    for _ in $(seq 1 90); do port_open 61613 && break; sleep 1; done
  fi
fi
if port_open 61613; then
  say "RabbitMQ STOMP: up on 127.0.0.1:61613"
else
  say "RabbitMQ STOMP is not listening on 127.0.0.1:61613: run 'rabbitmq-plugins enable rabbitmq_stomp'"
fi
exit 0
