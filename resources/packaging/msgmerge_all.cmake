# SPDX-License-Identifier: EUPL-1.2
# cmake -DPOT=FILE -P msgmerge_all.cmake: brings every .po beside FILE up to date with it.
get_filename_component(dir ${POT} DIRECTORY)
file(GLOB po_files ${dir}/*.po)
foreach(po IN LISTS po_files)
    execute_process(COMMAND msgmerge --quiet --update --backup=none ${po} ${POT}
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()
