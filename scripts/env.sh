# Source this file (". scripts/env.sh") to put the tools that scripts/install-tools
# installed on PATH. Exports SCREENING_CACHE and PATH, nothing else.
export SCREENING_CACHE="${SCREENING_CACHE:-$HOME/.cache/screening}"
case ":$PATH:" in
  *":$SCREENING_CACHE/venv/bin:"*) ;;
  *) PATH="$SCREENING_CACHE/venv/bin:$PATH" ;;
esac
case ":$PATH:" in
  *":$SCREENING_CACHE/cargo-tools/bin:"*) ;;
  *) PATH="$SCREENING_CACHE/cargo-tools/bin:$PATH" ;;
esac
export PATH
