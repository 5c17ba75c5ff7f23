#!/usr/bin/env bash
# Creates every Jisr topic from topics.txt (idempotent). Usage: create-topics.sh BOOTSTRAP [topics.txt]
set -euo pipefail
bootstrap=${1:?bootstrap servers}
list=${2:-$(dirname "$0")/topics.txt}
kafka_topics=${KAFKA_TOPICS_BIN:-/opt/kafka/bin/kafka-topics.sh}
grep -v -E '^\s*(#|$)' "$list" | while read -r name partitions policy retention; do
  "$kafka_topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$name" \
    --partitions "$partitions" --replication-factor "${REPLICATION_FACTOR:-1}" \
    --config "cleanup.policy=$policy" --config "retention.ms=$retention"
done
echo "topics ready"
