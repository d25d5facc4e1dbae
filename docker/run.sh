#!/usr/bin/env bash
# Builds the DKIP AMPs and runs Alfresco Community 26.1 with them (docker/docker-compose.yml), in the manner of
# the Alfresco SDK's run.sh.
#   build_start  mvn package (both AMPs), then build the images and start the stack
#   start        start the stack with the images already built
#   stop         stop the stack (data volumes kept)
#   purge        stop the stack and delete its data volumes
#   tail         follow the repository and Share logs
#   test         run the project's tests (the README's test command)
set -euo pipefail
cd "$(dirname "$0")/.."
COMPOSE=(docker compose -f docker/docker-compose.yml)

case "${1:-build_start}" in
  build_start)
    mvn -B -DskipTests clean package
    "${COMPOSE[@]}" up --build -d
    echo "Starting; Share will be at http://localhost:8080/share once the repository is healthy (a few minutes)."
    ;;
  start) "${COMPOSE[@]}" up -d ;;
  stop) "${COMPOSE[@]}" down ;;
  purge) "${COMPOSE[@]}" down -v ;;
  tail) "${COMPOSE[@]}" logs -f alfresco share ;;
  test) mvn -B verify ;;
  *) echo "usage: $0 [build_start|start|stop|purge|tail|test]" >&2; exit 2 ;;
esac
