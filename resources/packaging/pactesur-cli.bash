# SPDX-License-Identifier: EUPL-1.2
# bash completion for pactesur-cli. Every word offered comes from the program itself
# (`pactesur-cli completion ...`, a command for this script, not listed in --help), so a
# new command, kind, field or option is offered without touching this file.

_pactesur_cli_words()
{
    "${_pactesur_cli_program:-pactesur-cli}" completion "$@" 2>/dev/null
}

_pactesur_cli()
{
    local cur prev
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_CWORD:+${COMP_WORDS[COMP_CWORD-1]}}"
    _pactesur_cli_program="${COMP_WORDS[0]}"

    # The command, its first argument (a kind, a report, a subcommand) and the kind it
    # names, skipping options and their values.
    local i word command="" first="" takes_value
    takes_value=" --db --set --city --replica-id --scale --seed --out --format --from --to "
    takes_value+="--language --for --fingerprint --user --password-file --keep --value "
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${COMP_WORDS[i]}"
        if [[ "$word" == --* ]]; then
            [[ "$takes_value" == *" $word "* ]] && ((i++))
        elif [[ -z "$command" ]]; then
            command="$word"
        elif [[ -z "$first" ]]; then
            first="$word"
        fi
    done

    local -a words=()
    case "$prev" in
        --db | --out | --password-file)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
            ;;
        --city)
            mapfile -t words < <(_pactesur_cli_words cities)
            ;;
        --to)
            [[ "$command" == export ]] && mapfile -t words < <(_pactesur_cli_words cities) \
                && words+=(coordinator all)
            ;;
        --scale)
            words=(small network network4)
            ;;
        --format)
            words=(csv html pdf ics)
            ;;
        --language)
            mapfile -t words < <(_pactesur_cli_words languages)
            ;;
        --set)
            # FIELD= first; once the field is typed, the values it takes (choices, slugs).
            if [[ "$cur" == *=* ]]; then
                local field="${cur%%=*}"
                mapfile -t words < <(_pactesur_cli_words values "$first" "$field")
                mapfile -t COMPREPLY < <(compgen -P "$field=" -W "${words[*]}" -- "${cur#*=}")
            else
                mapfile -t words < <(_pactesur_cli_words fields "$first")
                mapfile -t COMPREPLY < <(compgen -S = -W "${words[*]}" -- "$cur")
                compopt -o nospace 2>/dev/null
            fi
            return 0
            ;;
        *)
            if [[ "$cur" == -* ]]; then
                mapfile -t words < <(_pactesur_cli_words options)
            elif [[ -z "$command" ]]; then
                mapfile -t words < <(_pactesur_cli_words commands)
            elif [[ "$command" == import && -z "$first" ]] \
                || [[ "$command" == keys && "$first" == trust ]]; then
                mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                return 0
            elif [[ -z "$first" ]]; then
                mapfile -t words < <(_pactesur_cli_words words "$command")
            elif [[ "$command" == show || "$command" == edit || "$command" == rm ]] \
                && [[ "$first" == cities ]]; then
                mapfile -t words < <(_pactesur_cli_words cities)
            fi
            ;;
    esac
    mapfile -t COMPREPLY < <(compgen -W "${words[*]}" -- "$cur")
    return 0
}

complete -F _pactesur_cli pactesur-cli
