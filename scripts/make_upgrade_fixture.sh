#!/usr/bin/env bash
# Writes the data directory of an older release for the upgrade test (docs/BACKUP.md, UpgradeFromPreviousReleaseTest):
# starts that release's platform jar on an empty data directory, imports the SPEC's chlorine tank farm, sends signed
# readings (a few above HH: an alarm), and stops it. Back it up afterwards with the current ./hazwatch backup.
#   scripts/make_upgrade_fixture.sh JAR DATA_DIR
set -euo pipefail
jar="$1" data="$2"
port=18317 mqtt=18318 password=upgrade-fixture-admin-7
code=14052500817 gateway=1405250081701
java -Duser.timezone=UTC -Xmx512m -jar "$jar" --hazwatch.mode=serve --hazwatch.data-dir="$data" --server.port=$port \
  --hazwatch.mqtt.host=127.0.0.1 --hazwatch.mqtt.port=$mqtt --hazwatch.admin-password=$password \
  --logging.level.root=WARN >"$data.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
doc=$(cat <<JSON
{"enterprise":{"code":"$code","name":"晋城升级测试化工有限公司","jurisdiction":"140525","address":"泽州县巴公镇",
  "lon":112.85,"lat":35.49,"creditCode":"91140525MA0K123456","dutyPhone":"0356-1234567",
  "contacts":{"principal":"王主任","principalPhone":"13800000001"}},
 "hazardSources":[{"code":"${code}001","name":"液氯罐区","exposedPeople":40,
   "chemicals":[{"cas":"7782-50-5","name":"氯","quantityTonnes":20}],
   "custodyPersons":[{"role":"main","name":"王主任","phone":"13800000001","position":"总经理"}],
   "equipment":[{"code":"${code}001G0001","type":"G0","name":"1#液氯储罐","medium":"7782-50-5",
       "volumeM3":30,"designPressureMpa":1.6,
       "storageMedia":[{"cas":"7782-50-5","name":"液氯","form":"liquid","maxQuantityTonnes":25}],
       "points":[{"code":"${code}001G0001YW001","name":"液位","kind":"YW","unit":"m",
                  "rangeLow":0,"rangeHigh":10,"ll":0.5,"l":1.0,"h":8.0,"hh":9.0,
                  "deadband":0.5,"onDelaySeconds":0,"tagNumber":"LT-101"}]},
     {"code":"${code}001Q0001","type":"Q0","name":"罐区有毒气体探测器",
       "points":[{"code":"${code}001Q0001YD001","name":"氯气浓度","kind":"YD","unit":"ppm",
                  "rangeLow":0,"rangeHigh":20,"h":1,"hh":2}]}]}],
 "gateways":[{"code":"$gateway","name":"数采网关","vendor":"示范","ip":"10.0.0.8"}],
 "cameras":[{"code":"${code}V01","name":"罐区球机","hazardSource":"${code}001","streamUrl":"rtsp://10.0.0.9/live"}]}
JSON
)
reply=$(curl -fsS -u "admin:$password" -H 'Content-Type: application/json' --data-binary "$doc" \
  "http://127.0.0.1:$port/api/v1/registry/import")
secret=$(echo "$reply" | python3 -c 'import json,sys; print(json.load(sys.stdin)["gateways"][0]["secret"])')
# 60 batches of 10 level readings, one second apart, ending a minute ago; the last 5 batches above HH (an alarm)
start=$(( $(date +%s) - 700 ))
for b in $(seq 0 59); do
  value=5.0; [ "$b" -ge 55 ] && value=9.5
  readings=""
  for i in $(seq 0 9); do
    t=$(date -u -d "@$(( start + b * 10 + i ))" +%Y-%m-%dT%H:%M:%S.000Z)
    readings="$readings{\"pointCode\":\"${code}001G0001YW001\",\"time\":\"$t\",\"value\":$value,\"quality\":\"GOOD\"},"
  done
  body="{\"enterpriseCode\":\"$code\",\"gatewayCode\":\"$gateway\",\"batchId\":\"$(cat /proc/sys/kernel/random/uuid)\",\"readings\":[${readings%,}]}"
  ts=$(date +%s%3N)
  sig=$(printf '%s\n%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$secret" | sed 's/^.* //')
  curl -fsS -o /dev/null -H 'Content-Type: application/json' -H "X-Gateway-Code: $gateway" -H "X-Timestamp: $ts" \
    -H "X-Signature: $sig" --data-binary "$body" "http://127.0.0.1:$port/api/v1/ingest/readings"
done
sleep 5
kill $pid; wait $pid || true
trap - EXIT
echo "written: $data (enterprise $code, 600 readings)"
