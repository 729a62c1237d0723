# `chatwoot-link doctor`: uma linha por achado, uma coluna de rótulo e o que foi achado.
# `doctor --json` nunca é traduzido. Comandos e opções ficam como estão.

## A coluna de rótulos (preenchida até o rótulo mais longo).
doctor-label-fixed = corrigido
doctor-label-dir = diretório
doctor-label-config = configuração
doctor-label-permissions = permissões
doctor-label-ownership = dono
doctor-label-keyring = chaveiro
doctor-label-file-store = arquivo
doctor-label-secrets = tokens
doctor-label-leftovers = temporários
doctor-label-orphans = órfãos
doctor-label-server = servidor

## O que foi achado.
doctor-config-empty = ok: nada foi salvo ainda (não há profiles.toml)
doctor-config-ok = ok: { $count ->
    [one] { $count } vínculo
   *[other] { $count } vínculos
}, padrão { $default }
doctor-config-ok-no-default = ok: { $count ->
    [one] { $count } vínculo
   *[other] { $count } vínculos
}, sem padrão
doctor-problem = PROBLEMA: { $cause }
doctor-permissions-ok = ok (diretório 0700, arquivos 0600)
doctor-permissions-problem = PROBLEMA: { $path } está com { $mode }, deveria estar com { $expected } (doctor --fix corrige)
doctor-permissions-writable = PROBLEMA: { $path } está com { $mode }, deveria estar com { $expected } (doctor --fix corrige); outros podem alterá-lo, então nada é salvo até lá
doctor-ownership-problem = PROBLEMA: { $cause }; nada é salvo até lá (doctor --fix não muda donos)
doctor-backend-ok = ok: { $description } (gravar, ler de volta, excluir)
doctor-backend-unused = não pode ser usado, mas nenhum vínculo o usa: { $cause }
doctor-backend-unsearchable = nota: este armazenamento não consegue listar as entradas, então segredos órfãos não podem ser encontrados nele
doctor-secrets-ok = ok: o token de cada vínculo pode ser lido
doctor-secrets-problem = PROBLEMA: { $name }: { $cause }
doctor-secret-missing = o token dele sumiu { $store ->
    [keyring] do chaveiro do sistema
   *[other] do arquivo de tokens
} (um chaveiro parou antes de salvá-lo, ou a entrada foi excluída); só você pode corrigir isso: digite o token novamente com `{ $command }` (ele é verificado no servidor; o resto do vínculo é mantido)
doctor-leftovers-none = nenhum (arquivos temporários de salvamentos interrompidos)
doctor-leftovers-found = PROBLEMA: { $count ->
    [one] { $count } arquivo temporário de um salvamento interrompido
   *[other] { $count } arquivos temporários de salvamentos interrompidos
} (doctor --fix os exclui):
doctor-leftover = { $path }
doctor-leftover-tokens = { $path } (uma cópia de tokens.toml: tokens em texto puro)
doctor-orphans-unsearched = não procurados em: { $stores } (inacessíveis)
doctor-orphans-none = nenhum encontrado (segredos deste diretório de configuração que nenhum vínculo usa)
doctor-orphans-found = { $count ->
    [one] { $count } segredo deste diretório de configuração que nenhum vínculo usa
   *[other] { $count } segredos deste diretório de configuração que nenhum vínculo usa
} (doctor --fix os remove):
doctor-server-ok = { $name }: ok: Chatwoot { $version } em { $host }
doctor-server-degraded = { $name }: { $host } responde (Chatwoot { $version }), mas informa que o banco de dados ou o Redis está falhando: veja os logs do servidor
doctor-server-problem = PROBLEMA: { $name }: { $cause }
doctor-server-stored-url = a URL salva não pode ser usada: corrija-a com `chatwoot-link edit { $name } --url URL`

## O que o --fix fez.
doctor-fixed-permissions-failed = não foi possível corrigir as permissões: { $cause }
doctor-fixed-deleted = { $path } foi excluído
doctor-fixed-deleted-tokens = { $path } foi excluído (uma cópia de tokens.toml: tokens em texto puro)
doctor-fixed-delete-failed = não foi possível excluir um arquivo temporário: { $cause }
doctor-fixed-deletes-failed = não foi possível excluir os arquivos temporários: { $cause }
doctor-fixed-removed = o segredo órfão { $key } foi removido { $store ->
    [keyring] do chaveiro do sistema
   *[other] do arquivo de tokens
}
doctor-fixed-remove-failed = não foi possível remover o segredo órfão { $key }: { $cause }
doctor-fixed-removes-failed = não foi possível remover os segredos órfãos: { $cause }
