# Falhas dos casos de uso (src/link). $cause é uma frase completa do armazenamento ou do
# servidor, já no mesmo idioma. Comandos e opções não são traduzidos.

link-token-unreadable = não foi possível ler o token de { $name }: { $cause }. Nada foi alterado; o servidor não foi contatado
link-config-not-writable = o servidor não foi solicitado a redefinir o token, porque o resultado não poderia ser salvo: { $cause }. Nada foi alterado
link-secrets-not-writable = o novo token não poderia ser salvo em { $place } ({ $describe }), então o servidor não foi solicitado a redefini-lo; nada foi alterado: { $cause }
link-stored-url = a URL salva de { $name } não pode ser usada ({ $detail }): corrija-a com `chatwoot-link edit { $name } --url URL`
link-rotation-unsupported = este servidor não permite rotacionar o token (Chatwoot < 4.3.0): redefina-o em Configurações do Perfil → Token de acesso e depois execute `chatwoot-link edit { $name } --token-stdin`. Nada foi alterado
link-not-reset = o token não foi redefinido: { $cause }. Nada foi alterado
link-rotated-not-stored = o servidor redefiniu o token (o antigo não funciona mais), mas o novo não pôde ser salvo: { $cause }. Ele não foi exibido nem salvo em lugar nenhum. Para recuperar: no Chatwoot, abra Configurações do Perfil → Token de acesso e copie o token mostrado ali (é o novo; não precisa redefinir de novo), depois execute `chatwoot-link edit { $first } --token-stdin` e cole-o; faça o mesmo para { $names }

## Onde um armazenamento de tokens guarda as coisas.
link-place-keyring = o chaveiro do sistema
link-place-file = tokens.toml (texto puro, 0600)


## Vincular várias contas e verificar vínculos novamente. No --json aparecem em inglês.
link-check-said = { $check }: { $message }
link-skipped-inactive = ignorada: o status da conta é { $status }
link-skipped-not-admin = ignorada: o usuário tem ali a função { $role }, não é administrador
link-linked-checked = vinculada e verificada
link-name-taken = já existe um vínculo chamado { $name } (`chatwoot-link show { $name }`): esta conta não foi vinculada de novo
link-all-passed = todas as verificações passaram
link-token-unreadable-short = não é possível ler o token: { $cause }
link-not-checked-token = não verificado: não foi possível ler o token
link-no-answer = sem resposta em { $seconds } s
link-already-linked = a conta { $account_id } de { $host } já está vinculada como { $names }: dois vínculos para a mesma conta são fáceis de confundir
link-inbox-no-number = { $name }, sem número

link-sharing-rotated = os vínculos locais { $names } compartilham este token; eles receberam o novo. Qualquer outro programa que o use deixa de funcionar.
link-reset-other-user = o servidor redefiniu o token do usuário { $user_id } ({ $email }), não o do usuário { $expected } como diz o vínculo { $name }
