# shellcheck shell=sh disable=SC2034 # cds_file is read by the launcher that sources this file
# letterlint start-up archive (class-data sharing), sourced by both POSIX launchers: the release
# archive's bin/letterlint and the source checkout's ./letterlint. POSIX sh.
#
# Why: most of a one-letter check is the JVM loading and verifying ~9,000 classes (OpenNLP,
# LanguageTool, picocli). A dynamic CDS archive of those classes, made once per Java and per build of
# letterlint, cut a cold check from 0.70 to 0.54 s without grammar and 4.69 to 4.18 s with it
# (hyperfine, 2 cores, session 22). JDK 17 cannot make the archive by itself (-XX:+AutoCreateSharedArchive
# is JDK 19+), so the launcher does: on the first run it checks the bundled example letter once with
# -XX:ArchiveClassesAtExit (a few seconds, said on stderr), then every run maps the archive.
#
# Safety: a truncated archive crashes JDK 17 (SIGBUS, even with -XX:+VerifySharedSpaces), so an
# archive is used only when its size matches the size recorded after it was written whole (written
# to a temporary name and renamed); a mismatched one is deleted. The key covers the java binary and
# every jar, so a new Java or a rebuild makes a new archive; the JVM's own checks (silenced, so they
# never reach stdout) fall back to normal loading if anything else differs. The archive holds class
# metadata only, never letter text. Off with LETTERLINT_CDS=0; off by default when CI is set (a
# fresh runner would pay the training run for one check); LETTERLINT_CDS=1 forces it on.

# cds_prepare JAVA KEY_PATH LETTER JAR... -- CLASSPATH_ARGS...
# Sets cds_file to the archive to map (-XX:SharedArchiveFile), or empty when there is none or CDS is
# off. Uses and defines only cds_* names, so it can be sourced into a launcher. Call it as
# `cds_prepare ... || cds_file=`: in that context `set -e` cannot end the launcher from inside it,
# and a start-up archive is never a reason for a check not to run.
cds_file=
cds_prepare() {
  cds_java=$1 cds_home=$2 cds_letter=$3
  shift 3
  cds_jars=
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    cds_jars="$cds_jars $1"
    shift
  done
  [ $# -gt 0 ] && shift
  case ${LETTERLINT_CDS:-auto} in
    0 | off | no | false) return 0 ;;
    1 | on | yes | true) ;;
    *) [ -n "${CI:-}" ] && return 0 ;;
  esac
  [ -f "$cds_letter" ] || return 0
  if [ -n "${XDG_CACHE_HOME:-}" ]; then
    cds_dir=$XDG_CACHE_HOME/letterlint
  elif [ -n "${HOME:-}" ]; then
    cds_dir=$HOME/.cache/letterlint
  else
    return 0
  fi
  command -v cksum cut wc tr find cat mkdir rmdir mv rm > /dev/null 2>&1 || return 0
  cds_bin=$(command -v "$cds_java" 2>/dev/null) || return 0
  cds_home_key=$(printf '%s' "$cds_home" | cksum | cut -d ' ' -f 1)
  # shellcheck disable=SC2086 # the jar list is meant to split
  cds_state_key=$(ls -lLn -- "$cds_bin" $cds_jars 2>/dev/null | cksum | cut -d ' ' -f 1)
  [ -n "$cds_home_key" ] && [ -n "$cds_state_key" ] || return 0
  cds_archive=$cds_dir/cds-$cds_home_key-$cds_state_key.jsa
  if [ -f "$cds_archive" ] && [ -f "$cds_archive.size" ]; then
    if [ "$(wc -c < "$cds_archive" | tr -d ' ')" = "$(cat "$cds_archive.size" 2>/dev/null)" ]; then
      cds_file=$cds_archive
      return 0
    fi
    rm -f "$cds_archive" "$cds_archive.size"
  fi
  (umask 077 && mkdir -p "$cds_dir") 2>/dev/null || return 0
  # One training run at a time (pre-commit starts several launchers at once); a lock left by a
  # killed run is taken over after ten minutes.
  cds_lock=$cds_dir/cds-$cds_home_key.lock
  if [ -d "$cds_lock" ] && [ -n "$(find "$cds_lock" -prune -mmin +10 2>/dev/null)" ]; then
    rmdir "$cds_lock" 2>/dev/null
  fi
  mkdir "$cds_lock" 2>/dev/null || return 0
  echo "letterlint: preparing a start-up archive for this Java (once, a few seconds; LETTERLINT_CDS=0 turns it off)" >&2
  cds_tmp=$cds_dir/.cds-$cds_home_key-$$.tmp
  rm -f "$cds_tmp"
  if "$cds_java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData \
    -XX:ArchiveClassesAtExit="$cds_tmp" -Xlog:cds=off -Xlog:cds+dynamic=off "$@" \
    check --format json "$cds_letter" < /dev/null > /dev/null 2>&1 || [ $? -eq 1 ]; then
    if [ -s "$cds_tmp" ]; then
      # Old archives of this installation (an earlier build or Java) are no longer used.
      rm -f "$cds_dir/cds-$cds_home_key-"*.jsa "$cds_dir/cds-$cds_home_key-"*.jsa.size
      wc -c < "$cds_tmp" | tr -d ' ' > "$cds_tmp.size" && mv -f "$cds_tmp.size" "$cds_archive.size" &&
        mv -f "$cds_tmp" "$cds_archive" && cds_file=$cds_archive
    fi
  fi
  rm -f "$cds_tmp" "$cds_tmp.size"
  rmdir "$cds_lock" 2>/dev/null
  return 0
}
