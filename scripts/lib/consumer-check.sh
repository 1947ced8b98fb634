#!/usr/bin/env bash
# The consumer's view of the jar, after `mvn install`: a separate Maven project that depends on the
# installed artifact compiles every Java block of the README with --release 8, and its runtime
# classpath must be exactly this build's own (group:artifact:version), with no annotations jar.
# Run by scripts/test; on its own: `mvn install -DskipTests && scripts/lib/consumer-check.sh`.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=target/consumer-check
rm -rf "$work" && mkdir -p "$work/src/main/java"

# Maven 3.8 prints colour resets even with -q and style.color=never: strip every escape sequence.
field() { mvn -B -q -Dstyle.color=never help:evaluate -Dexpression="$1" -DforceStdout | sed 's/\x1b\[[0-9;]*m//g'; }
group=$(field project.groupId)
artifact=$(field project.artifactId)
version=$(field project.version)
# MessagePack bodies and frames: the consumer must get the msgpack-core this build tested.
msgpack="org.msgpack:msgpack-core:$(field msgpack.version)"

# Each ```java block of the README is one public class.
awk -v dir="$work/src/main/java" '
  /^```java$/ { inblock = 1; code = ""; next }
  /^```$/ && inblock { inblock = 0; match(code, /public class [A-Za-z0-9_]+/);
                       name = substr(code, RSTART + 13, RLENGTH - 13); printf "%s", code > (dir "/" name ".java"); close(dir "/" name ".java"); next }
  inblock { code = code $0 "\n" }' README.md
ls "$work/src/main/java"/*.java >/dev/null

cat > "$work/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>consumer</artifactId>
  <version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>8</maven.compiler.release>
  </properties>
  <dependencies>
    <dependency>
      <groupId>$group</groupId>
      <artifactId>$artifact</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version></plugin>
      <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.9.0</version></plugin>
    </plugins>
  </build>
</project>
POM

list() { # group:artifact:version of each runtime dependency, sorted
  sed -n 's/^ *\([^: ]*\):\([^: ]*\):jar:\([^: ]*\):\(compile\|runtime\).*/\1:\2:\3/p' "$1" | sort
}
mvn -B -q -Dstyle.color=never dependency:list -DincludeScope=runtime -DoutputFile="$root/$work/library.txt" >/dev/null
(cd "$work" && mvn -B -Dstyle.color=never compile dependency:list -DincludeScope=runtime -DoutputFile=consumer.txt > build.log 2>&1) \
  || { cat "$work/build.log"; echo "consumer-check: FAILED: the consumer project did not build" >&2; exit 1; }
list "$work/library.txt" > "$work/library.gav"
list "$work/consumer.txt" | grep -v "^$group:$artifact:" > "$work/consumer.gav"

major=$(od -An -j7 -N1 -tu1 "$(ls "$work"/target/classes/*.class | head -n 1)" | tr -d ' ')
if ! diff -u "$work/library.gav" "$work/consumer.gav"; then
  echo "consumer-check: FAILED: the consumer's runtime classpath differs from the library's (above)" >&2
  exit 1
fi
if ! grep -qx "$msgpack" "$work/consumer.gav"; then
  echo "consumer-check: FAILED: $msgpack does not reach the consumer's runtime classpath" >&2
  exit 1
fi
if grep -q '^org.jetbrains:annotations:' "$work/consumer.gav"; then
  echo "consumer-check: FAILED: org.jetbrains:annotations reaches the consumer" >&2
  exit 1
fi
[[ $major == 52 ]] || { echo "consumer-check: FAILED: README code compiled to class version $major, not 52" >&2; exit 1; }
echo "consumer-check: README quickstart compiled with --release 8 against $group:$artifact:$version;" \
  "runtime classpath equals the library's ($(wc -l < "$work/consumer.gav") jars, $msgpack among them, no annotations jar)"
