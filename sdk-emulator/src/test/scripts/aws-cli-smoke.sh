#!/usr/bin/env bash
# The AWS CLI and boto3 against the standalone emulator: a stack set's whole life cycle and the conflict rules, then a
# conformance pack. Not part of the Maven build (it needs Python tools); run it by hand after `mvn package`:
#
#   sdk-emulator/src/test/scripts/aws-cli-smoke.sh [path/to/stacksets-emulator.jar]
#
# Needs: java 17+, the AWS CLI (v1 or v2) with botocore >= 1.31 (reads AWS_ENDPOINT_URL), python3 with boto3, curl.
set -euo pipefail
JAR=${1:-$(dirname "$0")/../../../target/stacksets-emulator.jar}
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
OUT=$(mktemp)
java -jar "$JAR" --port "$PORT" --time-speed 0 --no-seed-data > "$OUT" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null || true; rm -f "$OUT"' EXIT
for _ in $(seq 1 200); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/_emulator/health" && break; sleep 0.05; done
eval "$(grep '^export ' "$OUT")"
advance() { curl -sf -X POST "http://127.0.0.1:$PORT/_emulator/time/advance?seconds=$1" > /dev/null; }
expect_error() { # expect_error CODE command...
  local code=$1; shift
  if out=$("$@" 2>&1); then echo "FAIL: expected $code from: $*"; exit 1; fi
  grep -q "$code" <<< "$out" || { echo "FAIL: expected $code, got: $out"; exit 1; }
  echo "ok: $code"
}
T='Resources: {Topic: {Type: "AWS::SNS::Topic"}}'

id=$(aws cloudformation create-stack-set --stack-set-name cli-set --template-body "$T" --query StackSetId --output text)
echo "ok: created $id"
expect_error NameAlreadyExistsException aws cloudformation create-stack-set --stack-set-name cli-set --template-body "$T"
op=$(aws cloudformation create-stack-instances --stack-set-name cli-set --accounts 111111111111 222222222222 \
  --regions us-east-1 eu-west-1 --operation-preferences MaxConcurrentCount=2,FailureToleranceCount=1 \
  --query OperationId --output text)
expect_error OperationInProgressException aws cloudformation update-stack-set --stack-set-name cli-set --use-previous-template
advance 3600
status=$(aws cloudformation describe-stack-set-operation --stack-set-name cli-set --operation-id "$op" \
  --query StackSetOperation.Status --output text)
[ "$status" = SUCCEEDED ] || { echo "FAIL: create instances $status"; exit 1; }
echo "ok: create instances $status, $(aws cloudformation list-stack-set-operation-results --stack-set-name cli-set \
  --operation-id "$op" --query 'length(Summaries)') results"
expect_error StackSetNotEmptyException aws cloudformation delete-stack-set --stack-set-name cli-set
op=$(aws cloudformation delete-stack-instances --stack-set-name cli-set --accounts 111111111111 222222222222 \
  --regions us-east-1 eu-west-1 --no-retain-stacks --query OperationId --output text)
advance 3600
aws cloudformation delete-stack-set --stack-set-name cli-set
echo "ok: deleted, status $(aws cloudformation describe-stack-set --stack-set-name "$id" --query StackSet.Status --output text)"

python3 - <<'PY'
import boto3, os, time
cfg = boto3.client("config")  # endpoint, keys and region from the exported environment
cfg.put_organization_conformance_pack(OrganizationConformancePackName="boto-pack", TemplateBody="Resources: {}")
s = cfg.describe_organization_conformance_pack_statuses(OrganizationConformancePackNames=["boto-pack"])
print("ok: boto3 pack", s["OrganizationConformancePackStatuses"][0]["Status"])
cfn = boto3.client("cloudformation")
print("ok: boto3 stack sets", [x["StackSetName"] for x in cfn.list_stack_sets()["Summaries"]])
PY
echo "all good"
