#!/usr/bin/env bash
# One command for the side-by-side set: builds the benchmark jar, runs CallBenchmarks (JMH, -prof gc), the same
# calls in turns in one JVM (InterleavedCalls, for the time ratios), the cold start probe and the paging memory
# check, and writes benchmarks/RESULTS.md with the goals, the machine, the JDK, the date and the noise (CPU time
# other processes used during the run, and the machine's own speed over the run). About 8 minutes on a 2-core
# machine.
#
#   bash benchmarks/run-results.sh
#
# Run it on a quiet machine; RESULTS.md says how quiet it was.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/results
mkdir -p "$out"
mvn -B -ntp -q -Pbench -DskipTests -pl benchmarks -am package
JAR=benchmarks/target/benchmarks.jar

busy() { awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat; }   # user+nice+system+irq+softirq, in clock ticks
hz=$(getconf CLK_TCK)
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg)
busy_before=$(busy)
start=$(date +%s)

java -jar "$JAR" 'CallBenchmarks\.(rawOkHttpRfsPage|sdkRfsListStackSetOperations|sdkRfsPipelineNoParse|rawOkHttpCfnPage|sdkCfnListStackSetOperationResults|sdkCfnPipelineNoParse|awsSdkCfnListStackSetOperationResults)$' \
  -f 2 -wi 5 -w 3s -i 3 -r 2s -bm avgt -tu us -prof gc -rf json -rff "$out/call.json" > "$out/call.txt"
java -Xms1g -Xmx1g -cp "$JAR" dev.stacksets.benchmarks.InterleavedCalls 60 40 > "$out/interleaved.txt"
bash benchmarks/run-startup.sh 5 > "$out/startup.txt"
java -Xmx64m -cp "$JAR" dev.stacksets.benchmarks.PagingMemoryCheck 10000 > "$out/paging.txt" || true

end=$(date +%s)
busy_after=$(busy)
times > "$out/times.txt"   # in this shell, not a subshell: its second line is the CPU time of the finished children
ours=$(tail -n 1 "$out/times.txt" | awk '{split($1,u,"m"); split($2,s,"m"); printf "%.0f", u[1]*60+u[2]+s[1]*60+s[2]}')
all=$(( (busy_after - busy_before) / hz ))
elapsed=$(( end - start ))
size() { stat -c %s "$@" 2>/dev/null | awk '{s+=$1} END {printf "%.2f MB (%d bytes)", s/1000000, s}'; }
core_jar=$(ls sdk-core/target/sdk-core-*-SNAPSHOT.jar | grep -v -e sources -e javadoc)
rfs_jar=$(ls sdk-rfs/target/sdk-rfs-*-SNAPSHOT.jar | grep -v -e sources -e javadoc)
cfn_jar=$(ls sdk-cfn-compat/target/sdk-cfn-compat-*-SNAPSHOT.jar | grep -v -e sources -e javadoc)
jars=$(size "$core_jar" "$rfs_jar" "$cfn_jar")
jars_rfs=$(size "$core_jar" "$rfs_jar")
jars_cfn=$(size "$core_jar" "$cfn_jar")
{
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine=$(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
  echo "jdk=$(java -version 2>&1 | head -n 1)"
  echo "load=$load_before / $(cut -d ' ' -f 1-3 /proc/loadavg)"
  echo "noise=the whole machine used ${all} CPU-seconds in ${elapsed} s; these benchmarks ${ours} s; others about $(awk -v a="$all" -v o="$ours" 'BEGIN {d=a-o; if (d<0) d=0; printf "%.0f", d}') s"
  echo "jars=$jars"
  echo "jars_rfs=$jars_rfs"
  echo "jars_cfn=$jars_cfn"
} > "$out/facts.txt"
java -cp "$JAR" dev.stacksets.benchmarks.ResultsReport benchmarks/RESULTS.md "$out/call.json" \
  "$out/interleaved.txt" "$out/startup.txt" \
  "$out/paging.txt" "$out/facts.txt"
echo "wrote benchmarks/RESULTS.md"
