# Helpers for scripts/test: what the tests need on a fresh machine.

# Debian's Chromium and chromedriver for the browser tests.
ensure_chromium() {
  if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    return
  fi
  echo "==> Installing Chromium and chromedriver for the browser tests (Debian packages)..."
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
}

# LibreOffice Calc without its desktop (Debian's -nogui build, no recommends: the smallest that converts), so that
# BatchXlsxExportIT opens the exported workbook the way a spreadsheet user would.
ensure_libreoffice() {
  if command -v soffice >/dev/null || command -v libreoffice >/dev/null; then
    return
  fi
  echo "==> Installing LibreOffice Calc (headless) for the spreadsheet export check (Debian package)..."
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
}

pg_up() {
  command -v pg_isready >/dev/null && pg_isready -q -h "${VPOS_PG_HOST:-127.0.0.1}" -p "${VPOS_PG_PORT:-5432}"
}

# Runs SQL as the PostgreSQL superuser: over the local socket as 'postgres', or over TCP where trusted.
pg_admin() {
  if [[ $(id -u) -eq 0 ]] && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -d postgres "$@"
  else
    psql -q -v ON_ERROR_STOP=1 -h "${VPOS_PG_HOST:-127.0.0.1}" -p "${VPOS_PG_PORT:-5432}" -U postgres -d postgres "$@"
  fi
}

# A fresh test database (vpos_test, or VPOS_TEST_PG_DATABASE) owned by the vpos role (password auth, as the server
# connects with it).
prepare_postgres() {
  local db="${VPOS_TEST_PG_DATABASE:-vpos_test}"
  pg_admin -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vpos') THEN
                 CREATE ROLE vpos LOGIN PASSWORD 'vpos'; END IF; END \$\$;" >&2 &&
  pg_admin -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE);" >&2 &&
  pg_admin -c "CREATE DATABASE ${db} OWNER vpos;" >&2
}

# Prints postgres or h2 (and says why on stderr).
choose_database() {
  if [[ -n "${VPOS_DB:-}" ]]; then
    [[ "$VPOS_DB" == postgres ]] && { prepare_postgres || return 1; }
    echo "$VPOS_DB"; return
  fi
  if ! pg_up && command -v pg_ctlcluster >/dev/null; then
    echo "==> PostgreSQL is not answering; trying to start it..." >&2
    for version in $(ls /etc/postgresql 2>/dev/null); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 2>&1 || true
    done
    sleep 2
  fi
  if pg_up && prepare_postgres; then
    echo postgres
  else
    echo "==> PostgreSQL is not reachable: using the embedded H2 database." >&2
    echo h2
  fi
}

# One closing line over every module's surefire and failsafe reports: "tests: N passed, N failed".
summarize_reports() {
  local run=0 failed=0 skipped=0
  while IFS= read -r line; do
    local r f e s
    r=$(sed -E 's/.*Tests run: ([0-9]+).*/\1/' <<<"$line")
    f=$(sed -E 's/.*Failures: ([0-9]+).*/\1/' <<<"$line")
    e=$(sed -E 's/.*Errors: ([0-9]+).*/\1/' <<<"$line")
    s=$(sed -E 's/.*Skipped: ([0-9]+).*/\1/' <<<"$line")
    run=$((run + r)); failed=$((failed + f + e)); skipped=$((skipped + s))
  done < <(cat */target/surefire-reports/*.txt */target/failsafe-reports/*.txt 2>/dev/null | grep -E '^Tests run:')
  echo "==> Database: $1"
  echo "tests: $((run - failed - skipped)) passed, ${failed} failed, ${skipped} skipped"
}
